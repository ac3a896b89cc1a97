def actor: gsub("(?<a>[a-z])(?<b>[A-Z])"; "\(.a)_\(.b)") | ascii_upcase;
.data.node | {title, description, supportCount, proposedActors: (.proposedActors | map(actor))}
