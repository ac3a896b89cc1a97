namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// What stories and ideas can be counted by (issue "Results op hoofdlijnen", §1). Which dimensions
/// apply to which type: the <c>IdeaDimension</c> and <c>StoryDimension</c> enums of the features. Only
/// content the caller may see gives values; an item without a (visible) value counts under "none".
/// </summary>
public enum StatisticsDimension
{
    /// <summary>Every theme, rolled up: an item counts for the themes it is tagged with and for all their ancestors, once per theme.</summary>
    Theme,

    /// <summary>The themes an item is tagged with, without roll-up.</summary>
    TaggedTheme,

    /// <summary>The top themes (no parent) above or at the item's themes, once per top theme.</summary>
    TopTheme,

    /// <summary>A story's kind: concern (knelpunt) or opportunity (kans).</summary>
    Kind,

    /// <summary>Who should act on an idea; an idea can name several, and one without counts under "none".</summary>
    Actor,

    /// <summary>The strand of the item's dialogue.</summary>
    Track,

    /// <summary>The phase of the item's dialogue.</summary>
    Phase,

    /// <summary>The item's dialogue series.</summary>
    Dialogue,

    /// <summary>The item's table; "none" when the table is unknown.</summary>
    Table,

    /// <summary>The participant groups that sat at the item's table (an item counts for each); "none" without table or groups.</summary>
    ParticipantGroup,
}
