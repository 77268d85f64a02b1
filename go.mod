module github.com/entente/entente

go 1.26.0

require golang.org/x/text v0.28.0
