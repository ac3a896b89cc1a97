using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>The stories an idea answers, as <c>linkIdeaToStory</c> and <c>unlinkIdeaFromStory</c> write them.</summary>
public static class IdeaStoryLinks
{
    /// <summary>The link set.</summary>
    public static LinkSet<Idea, Story> AnsweredStories { get; } = new(
        x => x.AnsweredStories, "answeredStories", "linkStory", "unlinkStory", _ => ["input", "storyId"], "story");
}
