using Dialoogtafels.Domain.Ideas;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>GraphQL enum <c>ProposedActor { SOCIETY GOVERNMENT CIVIL_SOCIETY }</c>.</summary>
public sealed class ProposedActorType : EnumerationGraphType<ProposedActor>
{
    public ProposedActorType()
    {
        Name = "ProposedActor";
        Description = "Who should act on an idea: de samenleving zelf, de overheid or het middenveld.";
    }
}

/// <summary>GraphQL enum <c>IdeaSource { TABLE ONLINE IMPORT }</c>.</summary>
public sealed class IdeaSourceType : EnumerationGraphType<IdeaSource>
{
    public IdeaSourceType()
    {
        Name = "IdeaSource";
        Description = "Where an idea was recorded.";
    }
}

/// <summary>GraphQL enum <c>BudgetSelection { NOT_SELECTED SELECTED SELECTED_WITH_ADJUSTMENT }</c>.</summary>
public sealed class BudgetSelectionType : EnumerationGraphType<BudgetSelection>
{
    public BudgetSelectionType()
    {
        Name = "BudgetSelection";
        Description = "Outcome of a participatory-budget vote (Pabulib `selected`: 0, 1, 2).";
    }
}
