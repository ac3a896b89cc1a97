using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Contributions;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Stories;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>GraphQL type <c>Story</c>: a concern (knelpunt) or opportunity (kans).</summary>
public sealed class StoryType : NodeType<Story>
{
    public StoryType(ConnectionTypes connections)
        : base(StoryFeature.TypeName, "A story told in a dialogue: what came under pressure (CONCERN) or what sprouted (OPPORTUNITY).")
    {
        Field<NonNullGraphType<StoryKindType>>("kind").Description("Concern (knelpunt) or opportunity (kans).").Resolve(c => c.Source.Kind);
        this.TextFieldsOf(s => s.Body, "The story, in Dutch.");
        this.ContributionFieldsOf("story", "The series the story was told in.", s => s.DialogueId, s => s.TableId, s => s.Themes);
        this.Connection(connections, "ideas", (Story s) => s.Ideas).Description("Ideas that answer this story.");
        this.SimilarField<Story, StoryType>("stories", s => s.Title);
        this.SuggestedThemesField(TaggedTables.Stories);
    }
}
