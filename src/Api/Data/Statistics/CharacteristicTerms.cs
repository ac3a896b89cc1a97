using System.Linq.Expressions;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>
/// The terms most characteristic of a slice of searchable items, computed in one SQL statement over
/// their <c>search_vector</c> (text-search configuration <c>dutch</c>: words stemmed, Dutch stop
/// words removed).
/// </summary>
/// <remarks>
/// <para>Units are items (documents), not word occurrences: each lexeme of an item's vector counts
/// once for that item. The corpus is every item the caller may see; the slice is the part of it that
/// matches <c>where</c> and <c>search</c>.</para>
/// <para>Score: Dunning's log-likelihood ratio G² (T. Dunning, "Accurate methods for the statistics
/// of surprise and coincidence", Computational Linguistics 19(1), 1993) of the 2×2 table
/// "in the slice / in the rest of the corpus" × "has the term / has not":
/// a = slice items with the term, b = other corpus items with the term, c = S − a, d = (N − S) − b,
/// where S is the slice size and N the corpus size; G² = 2 Σ O·ln(O/E) over the four cells, with
/// E = row total × column total / N and 0·ln 0 = 0. Only terms relatively more frequent in the
/// slice than in the rest (a·(N − S) &gt; b·S) are returned, best first; when the slice is the
/// whole corpus every score is 0 and the terms come by frequency. G² ≥ 3.84 means p &lt; 0.05 and
/// ≥ 10.83 means p &lt; 0.001 (χ² with one degree of freedom).</para>
/// <para>Left out: lexemes shorter than <see cref="MinTermLength"/> characters, numbers, and terms
/// in fewer than <c>minCount</c> slice items. Ties go to the more frequent term, then alphabetically.</para>
/// <para>Cost: one pass over the lexemes of the corpus (timings: bench/README.md, "Other measurements").</para>
/// </remarks>
public static class CharacteristicTerms
{
    /// <summary>Shortest lexeme considered, in characters.</summary>
    public const int MinTermLength = 3;

    /// <summary>Example items returned per term: the slice items that use the term most often (then by key).</summary>
    public const int ExamplesPerTerm = 3;

    /// <summary>
    /// The <paramref name="first"/> best terms of the slice <paramref name="slice"/> within the
    /// corpus <paramref name="corpus"/> (both predicates over <typeparamref name="T"/>; the slice
    /// predicate is applied to corpus items only).
    /// </summary>
    public static Task<List<CharacteristicTerm>> RankAsync<T>(
        DbContext db, Expression<Func<T, bool>> corpus, Expression<Func<T, bool>> slice, int first, int minCount,
        CancellationToken cancellationToken)
        where T : ContentEntity
    {
        var inner = db.Set<T>().Where(corpus).Select(Source(slice));
        return ComposedSql.QueryAsync(db, inner, (sql, p) => $"""
            WITH corpus (id, in_slice, vector) AS ({sql}),
            sizes AS MATERIALIZED (
                SELECT count(*) FILTER (WHERE in_slice)::float8 AS s, count(*)::float8 AS n FROM corpus
            ),
            terms AS (
                SELECT u.lexeme AS term,
                       count(*) FILTER (WHERE c.in_slice) AS a,
                       count(*) AS df,
                       (array_agg(c.id ORDER BY coalesce(cardinality(u.positions), 0) DESC, c.id) FILTER (WHERE c.in_slice))[1:{p.Add(ExamplesPerTerm)}] AS examples
                FROM corpus c CROSS JOIN LATERAL unnest(c.vector) AS u
                WHERE length(u.lexeme) >= {p.Add(MinTermLength)} AND u.lexeme !~ '^[0-9]+$'
                GROUP BY u.lexeme
                HAVING count(*) FILTER (WHERE c.in_slice) >= {p.Add(Math.Max(1, minCount))}
            )
            SELECT t.term, t.a, t.df, g.g2, t.examples
            FROM terms t
            CROSS JOIN sizes z
            CROSS JOIN LATERAL (
                SELECT 2 * sum(CASE WHEN o > 0 THEN o * ln(o / e) ELSE 0 END) AS g2
                FROM (VALUES
                    (t.a::float8,                   t.df * z.s / z.n),
                    ((t.df - t.a)::float8,          t.df * (z.n - z.s) / z.n),
                    (z.s - t.a,                     (z.n - t.df) * z.s / z.n),
                    (z.n - z.s - (t.df - t.a),      (z.n - t.df) * (z.n - z.s) / z.n)) AS cell (o, e)
            ) AS g
            WHERE t.a * (z.n - z.s) > (t.df - t.a) * z.s OR z.n = z.s
            ORDER BY g.g2 DESC, t.a DESC, t.term
            LIMIT {p.Add(first)}
            """,
            reader => new CharacteristicTerm(
                reader.GetString(0), reader.GetDouble(3), (int)reader.GetInt64(1), (int)reader.GetInt64(2), reader.GetFieldValue<int[]>(4)),
            cancellationToken);
    }

    private static Expression<Func<T, TermSource>> Source<T>(Expression<Func<T, bool>> slice) where T : ContentEntity
    {
        Expression<Func<T, TermSource>> shape = e => new TermSource
        {
            Id = e.Id,
            InSlice = true,
            Vector = EF.Property<NpgsqlTsVector>(e, DialoogtafelsDbContext.SearchVectorProperty),
        };
        return shape.Binding(nameof(TermSource.InSlice), slice);
    }

    /// <summary>The row shape of the embedded corpus query; its columns are renamed by position.</summary>
    private sealed class TermSource
    {
        public int Id { get; set; }

        public bool InSlice { get; set; }

        public NpgsqlTsVector Vector { get; set; } = null!;
    }
}

/// <summary>One characteristic term of a slice (see <see cref="CharacteristicTerms"/>).</summary>
/// <param name="Term">The lexeme: the stemmed word as the <c>dutch</c> configuration stores it (e.g. <c>fiets</c> for "fietsen").</param>
/// <param name="Score">Dunning's G² (≥ 0; higher is more characteristic).</param>
/// <param name="CountInSlice">Number of slice items that contain the term.</param>
/// <param name="CountInCorpus">Number of corpus items (visible items of the type) that contain the term, the slice included.</param>
/// <param name="ExampleIds">Up to <see cref="CharacteristicTerms.ExamplesPerTerm"/> keys of slice items with the term.</param>
public sealed record CharacteristicTerm(string Term, double Score, int CountInSlice, int CountInCorpus, int[] ExampleIds);
