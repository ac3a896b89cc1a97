namespace Dialoogtafels.Domain.Ideas;

/// <summary>Join row: an idea answers a story.</summary>
public class IdeaStory
{
    public int IdeaId { get; set; }

    public int StoryId { get; set; }
}
