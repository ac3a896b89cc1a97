using Dialoogtafels.Api.Data.Suggestions;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Api.GraphQL.Dialogues;
using Dialoogtafels.Api.GraphQL.Tables;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Api.Data.Search;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>GraphQL type <c>Story</c>: a concern (knelpunt) or opportunity (kans).</summary>
public sealed class StoryType : NodeType<Story>
{
    public StoryType(ConnectionTypes connections)
        : base("Story", "A story told in a dialogue: what came under pressure (CONCERN) or what sprouted (OPPORTUNITY).")
    {
        Field<NonNullGraphType<StoryKindType>>("kind").Description("Concern (knelpunt) or opportunity (kans).").Resolve(c => c.Source.Kind);
        Field(x => x.Title).Description("Title, in Dutch.");
        Field(x => x.Body, nullable: true).Description("The story, in Dutch.");
        Field<StringGraphType>(SearchHighlights.FieldName)
            .Description("When read through a `search`: the matched words marked with <mark>…</mark> in an HTML-escaped excerpt; null otherwise.")
            .Resolve(c => SearchHighlights.Get(c.Source));
        Field(x => x.IsParaphrase).Description("True when the text paraphrases a reported finding rather than quoting a participant.");
        this.Reference<Story, Dialogue, DialogueType>("dialogue", s => s.DialogueId).Description("The series the story was told in.");
        this.Reference<Story, Table, TableType>("table", s => s.TableId).Description("The table, when known.");
        this.List<Story, Theme, ThemeType>("themes", s => s.Themes).Description("Themes of the story.");
        this.Connection(connections, "ideas", "Idea", (Story s) => s.Ideas).Description("Ideas that answer this story.");
        this.SimilarField();
        this.SuggestedThemesField(TaggedTables.Stories);
    }
}
