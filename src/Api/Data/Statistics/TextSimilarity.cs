using System.Linq.Expressions;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>
/// Finds, for many items at once (one SQL statement), the visible items of the same type whose text
/// is most alike.
/// </summary>
/// <remarks>
/// <para>Score, between 0 and 1: the mean of (1) the trigram similarity of the titles (<c>pg_trgm</c>'s
/// <c>similarity</c>: shared trigrams / all trigrams of both) and (2) the cosine overlap of the two
/// <c>search_vector</c>s as sets of lexemes (<c>dutch</c> configuration: stemmed, stop words removed):
/// shared lexemes / √(lexemes of one × lexemes of the other), computed as
/// <c>length(a) + length(b) − length(strip(a) || strip(b))</c>. An item is never similar to itself;
/// ties go to the smaller key.</para>
/// <para>Candidates, so that common words do not make every item a candidate: items that contain one
/// of the source's <see cref="DistinctiveLexemes"/> rarest lexemes (<c>@@</c>, GIN index on
/// <c>search_vector</c>), or whose title is similar above <c>pg_trgm.similarity_threshold</c>
/// (<c>%</c>, default 0.3; GIN trigram index on the title). Rarity comes from PostgreSQL's own
/// statistics of the column (<c>pg_stats.most_common_elems</c> and their frequencies, kept by
/// ANALYZE/autovacuum): a lexeme that is not among the most common counts as rarest; ties go to the
/// longer lexeme. Cost: about the number of candidates, not the size of the corpus (timings:
/// bench/README.md, "Other measurements").</para>
/// </remarks>
public static class TextSimilarity
{
    /// <summary>How many of the source's rarest lexemes select the full-text candidates.</summary>
    public const int DistinctiveLexemes = 10;

    /// <summary>
    /// Per key of <paramref name="sourceIds"/> that is visible (<paramref name="visible"/>): the keys of
    /// up to <paramref name="first"/> similar visible items, most similar first. Invisible sources get no entry.
    /// </summary>
    public static async Task<Dictionary<int, List<int>>> MostSimilarAsync<T>(
        DbContext db, Expression<Func<T, bool>> visible, Expression<Func<T, string>> title,
        IReadOnlyCollection<int> sourceIds, int first, CancellationToken cancellationToken)
        where T : ContentEntity
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var column = entity.FindProperty(DialoogtafelsDbContext.SearchVectorProperty)!.GetColumnName();
        var inner = db.Set<T>().Where(visible).Select(Source(title));
        var rows = await ComposedSql.QueryAsync(db, inner, (sql, p) => $"""
            WITH visible (id, title, vector) AS NOT MATERIALIZED ({sql}),
            common (lexeme, frequency) AS (
                SELECT e.lexeme, e.frequency
                FROM pg_stats AS s
                CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e (lexeme, frequency)
                WHERE s.schemaname = {(entity.GetSchema() is { } schema ? p.Add(schema) : "current_schema()")}
                  AND s.tablename = {p.Add(entity.GetTableName()!)} AND s.attname = {p.Add(column)} AND e.lexeme IS NOT NULL
            ),
            source AS (
                SELECT v.id, v.title, strip(v.vector) AS lexemes,
                       (SELECT string_agg('''' || replace(replace(r.l, '\', '\\'), '''', '''''') || '''', ' | ')
                        FROM (SELECT l FROM unnest(tsvector_to_array(v.vector)) AS l LEFT JOIN common AS c ON c.lexeme = l
                              ORDER BY coalesce(c.frequency, 0), length(l) DESC, l
                              LIMIT {p.Add(DistinctiveLexemes)}) AS r)::tsquery AS query
                FROM visible v
                WHERE v.id = ANY({p.Add(sourceIds.ToArray())})
            )
            SELECT s.id, r.id
            FROM source s
            CROSS JOIN LATERAL (
                SELECT t.id,
                       (similarity(t.title, s.title)
                        + CASE WHEN length(s.lexemes) = 0 OR length(t.vector) = 0 THEN 0
                               ELSE (length(s.lexemes) + length(t.vector) - length(s.lexemes || strip(t.vector)))
                                    / sqrt(length(s.lexemes)::float8 * length(t.vector)) END) / 2 AS score
                FROM visible t
                WHERE t.id <> s.id AND (t.vector @@ s.query OR t.title % s.title)
                ORDER BY score DESC, t.id
                LIMIT {p.Add(first)}
            ) AS r
            ORDER BY s.id, r.score DESC, r.id
            """,
            reader => (Source: reader.GetInt32(0), Similar: reader.GetInt32(1)),
            cancellationToken);
        return rows.GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.Select(r => r.Similar).ToList());
    }

    private static Expression<Func<T, SimilaritySource>> Source<T>(Expression<Func<T, string>> title) where T : ContentEntity
    {
        Expression<Func<T, SimilaritySource>> shape = e => new SimilaritySource
        {
            Id = e.Id,
            Title = "",
            Vector = EF.Property<NpgsqlTsVector>(e, DialoogtafelsDbContext.SearchVectorProperty),
        };
        return shape.Binding(nameof(SimilaritySource.Title), title);
    }

    /// <summary>The row shape of the embedded query; its columns are renamed by position.</summary>
    private sealed class SimilaritySource
    {
        public int Id { get; set; }

        public string Title { get; set; } = "";

        public NpgsqlTsVector Vector { get; set; } = null!;
    }
}
