.data.node | {title, description, supportCount, proposedActors}
