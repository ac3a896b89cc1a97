using Dialoogtafels.Api.Data.Suggestions;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Api.GraphQL.Dialogues;
using Dialoogtafels.Api.GraphQL.Tables;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Api.Data.Search;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>GraphQL type <c>Idea</c>: a concrete idea that follows from a dialogue.</summary>
public sealed class IdeaType : NodeType<Idea>
{
    public IdeaType(ConnectionTypes connections)
        : base("Idea", "A concrete idea that follows from a dialogue, or an imported participatory-budget project.")
    {
        Field(x => x.Title).Description("Title, in Dutch.");
        Field(x => x.Description, nullable: true).Description("Description, in Dutch.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposedActorType>>>>("proposedActors")
            .Description("Who should act: society itself, government and/or civil society. Empty when not said.")
            .Resolve(c => c.Source.ProposedActors);
        Field(x => x.SupportCount).Description("Number of supporters (votes).");
        Field<DecimalGraphType>("costEstimate").Description("Estimated cost in euros; null when unknown.").Resolve(c => c.Source.CostEstimate);
        Field<NonNullGraphType<IdeaSourceType>>("source").Description("Where the idea was recorded.").Resolve(c => c.Source.Source);
        Field(x => x.ExternalReference, nullable: true).Description("For imports: the reference of the source row, e.g. `pabulib:Netherlands/Amsterdam/166/12437`.");
        Field<BudgetSelectionType>("budgetSelection").Description("For participatory-budget imports: whether the project was funded.").Resolve(c => c.Source.BudgetSelection);
        Field<StringGraphType>(SearchHighlights.FieldName)
            .Description("When read through a `search`: the matched words marked with <mark>…</mark> in an HTML-escaped excerpt; null otherwise.")
            .Resolve(c => SearchHighlights.Get(c.Source));
        Field(x => x.IsParaphrase).Description("True when the text paraphrases a reported finding rather than quoting a participant.");
        this.Reference<Idea, Dialogue, DialogueType>("dialogue", i => i.DialogueId).Description("The series the idea came from.");
        this.Reference<Idea, Table, TableType>("table", i => i.TableId).Description("The table, when known.");
        this.List<Idea, Theme, ThemeType>("themes", i => i.Themes).Description("Themes of the idea.");
        this.Connection(connections, "answeredStories", "Story", (Idea i) => i.AnsweredStories).Description("The stories this idea answers.");
        this.SimilarField();
        this.SuggestedThemesField(TaggedTables.Ideas);
    }
}
