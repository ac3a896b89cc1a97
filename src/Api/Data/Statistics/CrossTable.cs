using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>
/// Counts items per value of zero, one or two <see cref="Dimension{T}"/>s (a cross table) in one SQL
/// statement: one scan of the items with a lateral join per dimension, grouped with
/// <c>GROUP BY … COUNT(DISTINCT item)</c>, so an item counts once per cell even when it reaches a
/// value twice (e.g. through two sub-themes of the same theme). Cells without items are not returned.
/// Order: most items first, then by label (the "none" value last) and key.
/// </summary>
public static class CrossTable
{
    /// <summary>Most dimensions one cross table may combine.</summary>
    public const int MaxDimensions = 2;

    /// <summary>The cells of <paramref name="items"/> (already filtered) over <paramref name="dimensions"/>; without dimensions one cell with the total.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For more than <see cref="MaxDimensions"/> dimensions.</exception>
    public static async Task<List<CrossTableCell>> CountAsync<T>(
        DbContext db, IQueryable<T> items, IReadOnlyList<Dimension<T>> dimensions, CancellationToken cancellationToken)
        where T : ContentEntity
    {
        switch (dimensions.Count)
        {
            case 0:
                return [new CrossTableCell { Count = await items.CountAsync(cancellationToken) }];
            case 1:
                return await Count(dimensions[0].Apply(db, items, i => i,
                    (i, id, text) => new CrossTableRow { ItemId = i.Id, FirstId = id, FirstText = text, SecondId = null, SecondText = null }, withNone: true))
                    .ToListAsync(cancellationToken);
            case MaxDimensions:
                return await Count(Cross(db, items, dimensions[0], dimensions[1], withNone: true)).ToListAsync(cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(dimensions), $"At most {MaxDimensions} dimensions.");
        }
    }

    /// <summary>
    /// Co-occurrence within one multi-valued <paramref name="dimension"/>: per unordered pair of values
    /// the number of items that have both. A pair is returned once, its values in key order (by
    /// <see cref="DimensionKey.Id"/>, then <see cref="DimensionKey.Text"/>); the "none" value takes no part. One statement.
    /// </summary>
    public static Task<List<CrossTableCell>> PairsAsync<T>(
        DbContext db, IQueryable<T> items, Dimension<T> dimension, CancellationToken cancellationToken)
        where T : ContentEntity =>
        Count(Cross(db, items, dimension, dimension, withNone: false)
            .Where(r => r.FirstId < r.SecondId || (r.FirstId == r.SecondId && string.Compare(r.FirstText, r.SecondText) < 0)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Both dimensions' values per item, the first dimension's in <c>First…</c>: one scan of the items,
    /// one lateral join per dimension, joined in the order <see cref="Dimension{T}.ApplyLast"/> asks.
    /// </summary>
    private static IQueryable<CrossTableRow> Cross<T>(DbContext db, IQueryable<T> items, Dimension<T> first, Dimension<T> second, bool withNone)
        where T : ContentEntity
    {
        if (first.ApplyLast && !second.ApplyLast)
        {
            return first.Apply(db, Outer(db, items, second, withNone), r => r.Item,
                (r, id, text) => new CrossTableRow { ItemId = r.Item.Id, FirstId = id, FirstText = text, SecondId = r.Id, SecondText = r.Text },
                withNone);
        }

        return second.Apply(db, Outer(db, items, first, withNone), r => r.Item,
            (r, id, text) => new CrossTableRow { ItemId = r.Item.Id, FirstId = r.Id, FirstText = r.Text, SecondId = id, SecondText = text },
            withNone);
    }

    private static IQueryable<OuterValue<T>> Outer<T>(DbContext db, IQueryable<T> items, Dimension<T> dimension, bool withNone)
        where T : ContentEntity =>
        dimension.Apply(db, items, i => i, (i, id, text) => new OuterValue<T> { Item = i, Id = id, Text = text }, withNone);

    private static IQueryable<CrossTableCell> Count(IQueryable<CrossTableRow> rows) =>
        rows.GroupBy(r => new { r.FirstId, r.FirstText, r.SecondId, r.SecondText })
            .Select(g => new CrossTableCell
            {
                FirstId = g.Key.FirstId, FirstText = g.Key.FirstText, SecondId = g.Key.SecondId, SecondText = g.Key.SecondText,
                Count = g.Select(r => r.ItemId).Distinct().Count(),
            })
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.FirstText).ThenBy(c => c.FirstId)
            .ThenBy(c => c.SecondText).ThenBy(c => c.SecondId);

    /// <summary>An item with its value in the dimension joined first, before the other one is joined.</summary>
    private sealed class OuterValue<T>
    {
        public T Item { get; set; } = default!;

        public int? Id { get; set; }

        public string? Text { get; set; }
    }

    /// <summary>An item with its values in both dimensions (the second null when there is one dimension).</summary>
    private sealed class CrossTableRow
    {
        public int ItemId { get; set; }

        public int? FirstId { get; set; }

        public string? FirstText { get; set; }

        public int? SecondId { get; set; }

        public string? SecondText { get; set; }
    }
}

/// <summary>One cell of a <see cref="CrossTable"/>: the values of the first and second dimension and the number of items.</summary>
public sealed class CrossTableCell
{
    /// <summary>The first dimension's value (see <see cref="DimensionKey"/>).</summary>
    public int? FirstId { get; set; }

    /// <summary>The first dimension's value (see <see cref="DimensionKey"/>).</summary>
    public string? FirstText { get; set; }

    /// <summary>The second dimension's value, when there is a second dimension.</summary>
    public int? SecondId { get; set; }

    /// <summary>The second dimension's value, when there is a second dimension.</summary>
    public string? SecondText { get; set; }

    /// <summary>Number of distinct items in the cell.</summary>
    public int Count { get; set; }
}
