using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Statistics;

/// <summary>
/// The values of each published idea per dimension, computed in .NET from the rows read back (not
/// by the code under test): the roll-up walks the parents itself, "none" is null.
/// </summary>
public sealed class IndependentCounts
{
    private readonly List<IdeaValues> ideas;

    private IndependentCounts(List<IdeaValues> ideas) => this.ideas = ideas;

    /// <summary>The published ideas and their values per dimension, by label.</summary>
    public sealed record IdeaValues(
        int Id, string Track, string[] Themes, string[] TopThemes, string[] Actors, string? Table, string[] Groups);

    public static async Task<IndependentCounts> ReadAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var themes = await db.Themes.ToDictionaryAsync(t => t.Id);
        var tables = await db.Tables.Include(t => t.ParticipantGroups).ThenInclude(g => g.ParticipantGroup).ToDictionaryAsync(t => t.Id);
        var rows = await db.Ideas.Where(i => i.Status == PublicationStatus.Published).Include(i => i.Themes).Include(i => i.Dialogue).ToListAsync();
        return new IndependentCounts(rows.Select(idea =>
        {
            var ancestors = idea.Themes.Where(t => t.Status == PublicationStatus.Published).SelectMany(t => AncestorsOrSelf(t, themes)).Where(t => t.Status == PublicationStatus.Published).DistinctBy(t => t.Id).ToList();
            var table = idea.TableId is int id && tables[id].Status == PublicationStatus.Published ? tables[id] : null;
            return new IdeaValues(
                idea.Id,
                idea.Dialogue!.Status == PublicationStatus.Published ? idea.Dialogue.Track.ToString().ToConstantCase() : "(none)",
                OrNone(ancestors.Select(t => t.Name)),
                OrNone(ancestors.Where(t => t.ParentId is null).Select(t => t.Name)),
                OrNone(idea.ProposedActors.Select(a => a.ToString().ToConstantCase())),
                table?.Title,
                OrNone(table?.ParticipantGroups.Where(g => g.ParticipantGroup!.Status == PublicationStatus.Published).Select(g => g.ParticipantGroup!.Name) ?? []));
        }).ToList());
    }

    /// <summary>Count per value of one dimension.</summary>
    public Dictionary<string, int> By(Func<IdeaValues, IEnumerable<string?>> values) =>
        ideas.SelectMany(i => values(i).Distinct()).GroupBy(v => v ?? "(none)").ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Count per pair of values of two dimensions.</summary>
    public Dictionary<string, int> By(Func<IdeaValues, IEnumerable<string?>> first, Func<IdeaValues, IEnumerable<string?>> second) =>
        ideas.SelectMany(i => first(i).Distinct().SelectMany(a => second(i).Distinct().Select(b => $"{a ?? "(none)"} | {b ?? "(none)"}")))
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The ideas (published) that <paramref name="predicate"/> selects, for filtered expectations.</summary>
    public IndependentCounts Where(Func<IdeaValues, bool> predicate) => new(ideas.Where(predicate).ToList());

    private static IEnumerable<Theme> AncestorsOrSelf(Theme theme, Dictionary<int, Theme> themes)
    {
        for (Theme? t = theme; t is not null; t = t.ParentId is int parent ? themes[parent] : null) yield return t;
    }

    private static string[] OrNone(IEnumerable<string> values)
    {
        var array = values.ToArray();
        return array.Length == 0 ? [null!] : array;
    }
}
