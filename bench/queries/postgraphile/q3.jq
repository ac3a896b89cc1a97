.data.allDialogues.nodes
| map({title, tables: (.dialogueTablesByDialogueId.nodes | map({title, stories: (.storiesByTableId.nodes
      | map({title, themes: [.storyThemesByStoryId.nodes[].themeByThemeId.name]}))}))})
