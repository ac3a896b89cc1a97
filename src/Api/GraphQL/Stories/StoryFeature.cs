using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>
/// Stories: what came under pressure (concerns, knelpunten) and what sprouted (opportunities, kansen).
/// Root fields <c>stories</c>, <c>storySegment</c> (<see cref="StoryQueries"/>), <c>storyStatistics</c>,
/// <c>storyCoOccurrence</c>, <c>storyCharacteristicTerms</c> (below); mutations <c>createStory</c> … <c>restoreStory</c>
/// (<see cref="StoryEditing"/>); the export <c>/export/stories.*</c> (<see cref="StoryExport"/>).
/// </summary>
public static class StoryFeature
{
    /// <summary>The GraphQL type name of a story (also in global ids and audit records).</summary>
    public const string TypeName = "Story";

    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "Stories",
        Entities =
        [
            new EntityDescriptor<Story>
            {
                TypeName = TypeName,
                GraphType = typeof(StoryType),
                FilterType = typeof(StoryFilterInputType),
                SortType = typeof(StorySortInputType),
                Search = new(story => story.Title + " " + (story.Body ?? "")),
                Editing = new StoryEditing(),
            },
        ],
        GraphTypes = [typeof(StoryKindType), typeof(StoryDimensionType), typeof(StoryCharacteristicTermType)],
        Exports = [new StoryExport()],
        Analysis = new ContentAnalysis<Story, StoryDimensionType, StoryCharacteristicTermType>
        {
            Statistics = "storyStatistics",
            CoOccurrence = "storyCoOccurrence",
            CharacteristicTerms = "storyCharacteristicTerms",
            Plural = "stories",
            StatisticsExample = "Example: concerns and opportunities per top theme: `storyStatistics(by: [TOP_THEME, KIND])`.",
            Dimensions = StoryDimensions.For,
        },
    };
}
