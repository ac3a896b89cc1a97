# Canonical form of PostGraphile's Q1 response: the same structure as ours/q1.jq produces.
.data.allIdeas.nodes
| map({title, supportCount, themes: [.ideaThemesByIdeaId.nodes[].themeByThemeId.name], table: .dialogueTableByTableId.title})
