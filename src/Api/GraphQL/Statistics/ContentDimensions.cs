using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.ParticipantGroups;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// The dimensions stories and ideas share, declared once over how an item reaches its dialogue,
/// table and themes. Every related entity must be visible (<see cref="ContentVisibility"/>) to give
/// a value; otherwise the item counts under "none" (e.g. a published idea of a draft dialogue).
/// </summary>
/// <typeparam name="T">Story or idea.</typeparam>
/// <param name="visibility">What the request may see.</param>
/// <param name="dialogueId">The item's dialogue key.</param>
/// <param name="tableId">The item's table key, null when unknown.</param>
/// <param name="themes">The item's themes (a skip navigation).</param>
public sealed class ContentDimensions<T>(
    ContentVisibility visibility,
    Expression<Func<T, int>> dialogueId,
    Expression<Func<T, int?>> tableId,
    Expression<Func<T, IEnumerable<Theme>>> themes)
    where T : ContentEntity
{
    /// <summary>
    /// The dimensions of <typeparamref name="T"/>: the shared ones and <paramref name="own"/>, the one
    /// dimension of the type itself (a story's kind, an idea's actors), by name.
    /// </summary>
    public IReadOnlyDictionary<StatisticsDimension, DimensionDefinition<T>> With(DimensionDefinition<T> own) =>
        All().Append(own).ToDictionary(d => d.Name);

    /// <summary>
    /// The dimensions a type with its own dimension <paramref name="own"/> offers, in schema order: the
    /// three theme dimensions, <paramref name="own"/>, then those of the dialogue and table.
    /// </summary>
    public static StatisticsDimension[] Supported(StatisticsDimension own) =>
    [
        StatisticsDimension.Theme, StatisticsDimension.TaggedTheme, StatisticsDimension.TopTheme, own,
        StatisticsDimension.Track, StatisticsDimension.Phase, StatisticsDimension.Dialogue, StatisticsDimension.Table,
        StatisticsDimension.ParticipantGroup,
    ];

    /// <summary>
    /// The key of an enum value for a dimension: its GraphQL name as text (<see cref="EnumKeys.Text{TEnum}"/>), no id.
    /// </summary>
    public static Expression<Func<TValue, DimensionKey>> EnumKey<TValue, TEnum>(Expression<Func<TValue, TEnum?>> value) where TEnum : struct, Enum =>
        value.Into(EnumKeys.Text<TEnum>()).Into(text => new DimensionKey { Id = null, Text = text });

    // The strands and phases as programme-2021.md names them.
    private static readonly Dictionary<string, string> TrackLabels = new()
    {
        [EnumKeys.Name(DialogueTrack.Citizens)] = "Burgerdialogen",
        [EnumKeys.Name(DialogueTrack.CivilSociety)] = "Middenvelddialogen",
        [EnumKeys.Name(DialogueTrack.Science)] = "Wetenschaps- en pioniersdialogen",
        [EnumKeys.Name(DialogueTrack.Local)] = "Lokale dialoogtafels",
        [EnumKeys.Name(DialogueTrack.CommunityBudget)] = "Burgerbegrotingen",
    };

    private static readonly Dictionary<string, string> PhaseLabels = new()
    {
        [EnumKeys.Name(DialoguePhase.Exploration)] = "Verkenningsdialogen",
        [EnumKeys.Name(DialoguePhase.Theme)] = "Themadialogen",
    };

    /// <summary>All shared dimensions.</summary>
    private IEnumerable<DimensionDefinition<T>> All() =>
    [
        new(StatisticsDimension.Theme, Themes(rollUp: true, topOnly: false), "Theme", MultiValued: true),
        new(StatisticsDimension.TaggedTheme, Themes(rollUp: false, topOnly: false), "Theme", MultiValued: true),
        new(StatisticsDimension.TopTheme, Themes(rollUp: true, topOnly: true), "Theme", MultiValued: true),
        new(StatisticsDimension.Track, OfDialogue(EnumKey<Dialogue, DialogueTrack>(d => d.Track)), null, MultiValued: false, TrackLabels),
        new(StatisticsDimension.Phase, OfDialogue(EnumKey<Dialogue, DialoguePhase>(d => d.Phase)), null, MultiValued: false, PhaseLabels),
        new(StatisticsDimension.Dialogue, OfDialogue(d => new DimensionKey { Id = d.Id, Text = d.Title }), "Dialogue", MultiValued: false),
        new(StatisticsDimension.Table, Table(), "Table", MultiValued: false),
        new(StatisticsDimension.ParticipantGroup, ParticipantGroups(), "ParticipantGroup", MultiValued: true),
    ];

    /// <summary>
    /// The item's visible themes, or with <paramref name="rollUp"/> the visible themes at or above
    /// any of its visible themes, following only the links the caller may follow
    /// (<see cref="ContentVisibility.Links{T}"/> over <see cref="ThemeClosure"/>): the same set a
    /// <c>themesWithAncestors</c> filter matches.
    /// </summary>
    private Dimension<T> Themes(bool rollUp, bool topOnly) => Dimension<T>.Many(db =>
    {
        var visible = db.Set<Theme>().Where(visibility.Filter<Theme>()).Where(t => !topOnly || t.ParentId == null);
        if (!rollUp)
            return themes.Into(tagged => tagged.Join(visible, t => t.Id, v => v.Id, (t, v) => new DimensionKey { Id = v.Id, Text = v.Name }));
        var links = visibility.Links(ThemeClosure.Of(db), db.Set<Theme>()); // a theme the caller cannot see rolls up nowhere
        return themes.Into(tagged => tagged
            .Join(links, t => t.Id, l => l.ItemId, (t, l) => l.AncestorId)
            .Join(visible, a => a, v => v.Id, (a, v) => new DimensionKey { Id = v.Id, Text = v.Name }));
    });

    private Dimension<T> OfDialogue(Expression<Func<Dialogue, DimensionKey>> key) => Dimension<T>.Many(db =>
    {
        var dialogues = db.Set<Dialogue>().Where(visibility.Filter<Dialogue>());
        return Keys(dialogueId, id => dialogues.Where(d => d.Id == id).Select(key));
    });

    private Dimension<T> Table() => Dimension<T>.Many(db =>
    {
        var tables = db.Set<Table>().Where(visibility.Filter<Table>());
        return Keys(tableId, id => tables.Where(t => t.Id == id).Select(t => new DimensionKey { Id = t.Id, Text = t.Title }));
    });

    private Dimension<T> ParticipantGroups() => Dimension<T>.Many(db =>
    {
        var tables = db.Set<Table>().Where(visibility.Filter<Table>());
        var groups = db.Set<ParticipantGroup>().Where(visibility.Filter<ParticipantGroup>());
        var links = db.Set<TableParticipantGroup>();
        return Keys(tableId, id => links
            .Where(l => l.TableId == id && tables.Any(t => t.Id == l.TableId))
            .Join(groups, l => l.ParticipantGroupId, g => g.Id, (l, g) => new DimensionKey { Id = g.Id, Text = g.Name }));
    });

    private static Expression<Func<T, IEnumerable<DimensionKey>>> Keys<TKey>(
        Expression<Func<T, TKey>> key, Expression<Func<TKey, IEnumerable<DimensionKey>>> values) => key.Into(values);
}
