.data.ideas | {totalCount, nodes: (.nodes | map({title, supportCount, proposedActors, themes: [.themes[].name]}))}
