# Canonical form of a Q1 response (our API and the floor), for comparing systems' results.
.data.ideas.nodes | map({title, supportCount, themes: [.themes[].name], table: .table.title})
