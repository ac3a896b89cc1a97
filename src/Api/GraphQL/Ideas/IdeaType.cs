using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Contributions;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Ideas;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>GraphQL type <c>Idea</c>: a concrete idea that follows from a dialogue.</summary>
public sealed class IdeaType : NodeType<Idea>
{
    public IdeaType(ConnectionTypes connections)
        : base(IdeaFeature.TypeName, "A concrete idea that follows from a dialogue, or an imported participatory-budget project.")
    {
        this.TextFieldsOf(i => i.Description, "Description, in Dutch.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposedActorType>>>>("proposedActors")
            .Description("Who should act: society itself, government and/or civil society. Empty when not said.")
            .Resolve(c => c.Source.ProposedActors);
        Field(x => x.SupportCount).Description("Number of supporters (votes).");
        Field<DecimalType>("costEstimate").Description("Estimated cost in euros; null when unknown.").Resolve(c => c.Source.CostEstimate);
        Field<NonNullGraphType<IdeaSourceType>>("source").Description("Where the idea was recorded.").Resolve(c => c.Source.Source);
        Field(x => x.ExternalReference, nullable: true).Description("For imports: the reference of the source row, e.g. `pabulib:Netherlands/Amsterdam/166/12437`.");
        Field<BudgetSelectionType>("budgetSelection").Description("For participatory-budget imports: whether the project was funded.").Resolve(c => c.Source.BudgetSelection);
        this.ContributionFieldsOf("idea", "The series the idea came from.", i => i.DialogueId, i => i.TableId, i => i.Themes);
        this.Connection(connections, "answeredStories", (Idea i) => i.AnsweredStories).Description("The stories this idea answers.");
        this.SimilarField<Idea, IdeaType>("ideas", i => i.Title);
        this.SuggestedThemesField(TaggedTables.Ideas);
    }
}
