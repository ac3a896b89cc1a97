using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Dialogues;
using Dialoogtafels.Api.GraphQL.Ideas;
using Dialoogtafels.Api.GraphQL.ParticipantGroups;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Api.GraphQL.Stories;
using Dialoogtafels.Api.GraphQL.Tables;
using Dialoogtafels.Api.GraphQL.Themes;

namespace Dialoogtafels.Api.GraphQL;

/// <summary>
/// The feature registry: every feature of the API (<see cref="Feature"/>, declared in its folder) and
/// the contributors of the root types' fields. The schema, the DI registrations and the engine's
/// <see cref="EntityCatalog"/> are made from this file only; nothing scans the assembly.
/// </summary>
public static class Features
{
    /// <summary>Every feature; analysis fields follow this order (ideas before stories).</summary>
    public static IReadOnlyList<Feature> All { get; } =
    [
        CommonFeature.Declaration,
        CmsFeature.Declaration,
        DialogueFeature.Declaration,
        IdeaFeature.Declaration,
        ParticipantGroupFeature.Declaration,
        StoryFeature.Declaration,
        TableFeature.Declaration,
        ThemeFeature.Declaration,
        StatisticsFeature.Declaration,
    ];

    /// <summary>
    /// The contributors of <c>type Query</c>, in the order their fields appear in the published schema
    /// (<c>schema/schema.graphql</c>); a new contributor goes where its fields should appear.
    /// </summary>
    public static IReadOnlyList<Type> QueryFields { get; } =
    [
        typeof(AuditQueries),               // auditLog
        typeof(CharacteristicTermQueries),  // ideaCharacteristicTerms, storyCharacteristicTerms
        typeof(CoOccurrenceQueries),        // ideaCoOccurrence, storyCoOccurrence
        typeof(DialogueQueries),            // dialogues, dialogue
        typeof(IdeaQueries),                // ideas, ideaSegment
        typeof(NodeQueries),                // node, nodes
        typeof(ParticipantGroupQueries),    // participantGroups
        typeof(StatisticsQueries),          // ideaStatistics, storyStatistics
        typeof(StoryQueries),               // stories, storySegment
        typeof(TableQueries),               // tables
        typeof(ThemeQueries),               // themes
    ];

    /// <summary>The contributors of <c>type Mutation</c>, in the order their fields appear in the published schema.</summary>
    public static IReadOnlyList<Type> MutationFields { get; } =
    [
        typeof(ContentMutations),           // create…, update…, submitForReview…, publish…, unpublish…, archive…, delete…, restore… per entity
        typeof(ThemeLinkMutations),         // assignThemes, unassignThemes
        typeof(IdeaStoryMutations),         // linkIdeaToStory, unlinkIdeaFromStory
        typeof(ThemeMutations),             // mergeThemes, addThemeAlias, removeThemeAlias
        typeof(RevisionMutations),          // restoreRevision
    ];

    /// <summary>The entities of all features, for the engine.</summary>
    public static EntityCatalog Catalog { get; } = new(All.SelectMany(f => f.Entities));
}
