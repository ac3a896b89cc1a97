# Stored enum names (Government, CivilSociety) → GraphQL enum values (GOVERNMENT, CIVIL_SOCIETY).
def actor: gsub("(?<a>[a-z])(?<b>[A-Z])"; "\(.a)_\(.b)") | ascii_upcase;
.data.allIdeas
| {totalCount, nodes: (.nodes | map({title, supportCount, proposedActors: (.proposedActors | map(actor)),
                                     themes: [.ideaThemesByIdeaId.nodes[].themeByThemeId.name]}))}
