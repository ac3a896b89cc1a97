using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>
/// Ideas: the concrete ideas that follow from the dialogues, and imported participatory-budget projects.
/// Root fields <c>ideas</c>, <c>ideaSegment</c> (<see cref="IdeaQueries"/>), <c>ideaStatistics</c>,
/// <c>ideaCoOccurrence</c>, <c>ideaCharacteristicTerms</c> (below); mutations <c>createIdea</c> … <c>restoreIdea</c>
/// (<see cref="IdeaEditing"/>), <c>linkIdeaToStory</c>, <c>unlinkIdeaFromStory</c> (<see cref="IdeaStoryMutations"/>);
/// the export <c>/export/ideas.*</c> (<see cref="IdeaExport"/>).
/// </summary>
public static class IdeaFeature
{
    /// <summary>The GraphQL type name of an idea (also in global ids and audit records).</summary>
    public const string TypeName = "Idea";

    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "Ideas",
        Entities =
        [
            new EntityDescriptor<Idea>
            {
                TypeName = TypeName,
                GraphType = typeof(IdeaType),
                FilterType = typeof(IdeaFilterInputType),
                SortType = typeof(IdeaSortInputType),
                Search = new(idea => idea.Title + " " + (idea.Description ?? "")),
                Editing = new IdeaEditing(),
            },
        ],
        GraphTypes = [typeof(ProposedActorType), typeof(IdeaSourceType), typeof(BudgetSelectionType), typeof(IdeaDimensionType), typeof(IdeaCharacteristicTermType)],
        Exports = [new IdeaExport()],
        Analysis = new ContentAnalysis<Idea, IdeaDimensionType, IdeaCharacteristicTermType>
        {
            Statistics = "ideaStatistics",
            CoOccurrence = "ideaCoOccurrence",
            CharacteristicTerms = "ideaCharacteristicTerms",
            Plural = "ideas",
            StatisticsExample = "Example: ideas per theme and proposed actor in the citizens' dialogues: `ideaStatistics(by: [TOP_THEME, ACTOR], where: { dialogue: { track: { eq: CITIZENS } } })`.",
            Dimensions = IdeaDimensions.For,
        },
    };
}
