package main

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

// rolesUsage documents -roles, the reading of actor roles that the
// commands scoring relationships (run, score, align) apply; inspect never
// does.
const rolesUsage = "whose acts count: `government` (acts by or toward another state's opposition or rebels are set aside, counted as filtered with the rule's name), state (also its civil society, business and media), or all"

// withRoles parses a -roles value and sets it on the filter f (which may be
// nil); "all" leaves f as it is.
func withRoles(f *dataset.Filter, roles string) (*dataset.Filter, error) {
	rf, err := dataset.ParseRoleFilter(roles)
	if err != nil {
		return f, fmt.Errorf("%w: -roles: %v", errUsage, err)
	}
	if rf == nil {
		return f, nil
	}
	if f == nil {
		f = &dataset.Filter{}
	}
	f.Roles = rf
	return f, nil
}

// rolesName is the canonical name of a -roles value, as stats files record
// it: government (also gov, default), state or all; anything else is
// returned as given (withRoles reports it).
func rolesName(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "government", "gov", "default":
		return "government"
	case "state":
		return "state"
	case "all":
		return "all"
	}
	return s
}
