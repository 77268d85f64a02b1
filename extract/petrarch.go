package extract

// ActorDictionary is a PETRARCH-format actor dictionary (see LoadActors).
type ActorDictionary struct {
	Name    string
	entries []dictActor
}

type dictActor struct {
	phrases []string
	codes   []dictCode
}

type dictCode struct {
	code        string
	from, until string
}

// AgentDictionary is a PETRARCH-format agent dictionary (see LoadAgents).
type AgentDictionary struct {
	Name string
}
