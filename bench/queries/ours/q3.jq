.data.dialogues.nodes
| map({title, tables: (.tables.nodes | map({title, stories: (.stories.nodes | map({title, themes: [.themes[].name]}))}))})
