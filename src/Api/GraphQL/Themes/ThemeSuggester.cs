using Dialoogtafels.Persistence;
using Npgsql;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>The tables of a taggable content type: its own table, its theme link table and that table's key column.</summary>
/// <param name="Table">e.g. <c>ideas</c>.</param>
/// <param name="Links">e.g. <c>idea_themes</c>.</param>
/// <param name="Key">e.g. <c>idea_id</c>.</param>
public sealed record TaggedTables(string Table, string Links, string Key)
{
    public static readonly TaggedTables Ideas = new("ideas", "idea_themes", "idea_id");
    public static readonly TaggedTables Stories = new("stories", "story_themes", "story_id");
}

/// <summary>One suggested theme of an item with its probability (0–1) under the model.</summary>
public sealed record ThemeSuggestion(int ThemeId, double Score);

/// <summary>
/// Suggests themes for stories and ideas with a transparent model: multinomial naive Bayes over the
/// Dutch stems of the items' <c>search_vector</c> (<c>dutch</c> configuration, stop words removed),
/// learnt from the published items editors already tagged (the items asked about left out), with
/// Laplace smoothing; scores are the posterior probabilities, best first, themes the item already has
/// left out. One SQL statement for a batch of items; the model is computed in it, so its cost grows
/// with the number of tagged items (fine for tens of thousands; a materialized model is future work).
/// Reads on the server of the request's route (<see cref="DatabaseServers.Current"/>).
/// </summary>
public sealed class ThemeSuggester(DatabaseServers servers)
{
    /// <summary>Per item id: up to <paramref name="first"/> suggestions, best first.</summary>
    public async Task<Dictionary<int, List<ThemeSuggestion>>> SuggestAsync(
        TaggedTables tables, IReadOnlyList<int> ids, int first, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH doc AS (
                SELECT x.id AS item, u.lexeme
                FROM {tables.Table} x, unnest(x.search_vector) u
                WHERE x.id = ANY(@ids)
            ),
            training AS (
                SELECT l.theme_id, x.search_vector
                FROM {tables.Links} l
                JOIN {tables.Table} x ON x.id = l.{tables.Key}
                JOIN themes t ON t.id = l.theme_id
                WHERE x.status = 'Published' AND x.deleted_at IS NULL AND t.status = 'Published' AND t.deleted_at IS NULL
                  AND x.id <> ALL(@ids)
            ),
            totals AS (
                SELECT theme_id, count(*)::float8 AS docs, sum(length(search_vector))::float8 AS tokens
                FROM training GROUP BY theme_id
            ),
            vocabulary AS (
                SELECT greatest(count(DISTINCT u.lexeme), 1)::float8 AS size FROM training, unnest(training.search_vector) u
            ),
            terms AS (
                SELECT tr.theme_id, u.lexeme, count(*)::float8 AS n
                FROM training tr, unnest(tr.search_vector) u
                WHERE u.lexeme IN (SELECT lexeme FROM doc)
                GROUP BY tr.theme_id, u.lexeme
            ),
            scores AS (
                SELECT d.item, t.theme_id,
                       ln(t.docs / (SELECT sum(docs) FROM totals))
                       + sum(ln((coalesce(m.n, 0) + 1) / (t.tokens + (SELECT size FROM vocabulary)))) AS score
                FROM doc d
                CROSS JOIN totals t
                LEFT JOIN terms m ON m.theme_id = t.theme_id AND m.lexeme = d.lexeme
                GROUP BY d.item, t.theme_id, t.docs, t.tokens
            ),
            relative AS (
                SELECT item, theme_id, exp(score - max(score) OVER (PARTITION BY item)) AS weight FROM scores
            ),
            ranked AS (
                SELECT item, theme_id, weight / sum(weight) OVER (PARTITION BY item) AS probability,
                       row_number() OVER (PARTITION BY item ORDER BY weight DESC, theme_id) AS rank
                FROM relative r
                WHERE NOT EXISTS (SELECT 1 FROM {tables.Links} l WHERE l.{tables.Key} = r.item AND l.theme_id = r.theme_id)
            )
            SELECT item, theme_id, probability FROM ranked WHERE rank <= @first ORDER BY item, rank
            """;
        await using var command = servers.Current.CreateCommand(sql);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.Parameters.AddWithValue("first", (long)first);
        var result = ids.ToDictionary(id => id, _ => new List<ThemeSuggestion>());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result[reader.GetInt32(0)].Add(new ThemeSuggestion(reader.GetInt32(1), reader.GetDouble(2)));
        return result;
    }
}
