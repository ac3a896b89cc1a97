// The benchmark floor: what the four reference queries of scripts/bench cost with nothing between
// HTTP and PostgreSQL but hand-written SQL (one statement per request), Npgsql and System.Text.Json.
// It answers POST /graphql with the same JSON as the API, choosing the query by `operationName`
// (Q1..Q4) and reading `variables`; it does not parse GraphQL. Anonymous visibility as in the API:
// published rows only, in every table that a result touches.
//
// Environment: ConnectionStrings__Dialoogtafels (required), ASPNETCORE_URLS, BENCH_SEARCH_TSQUERY
// (dutch_search_query: Q2's search uses the API's SQL function; otherwise plainto_tsquery('dutch', ...)).
using System.Buffers;
using System.Text;
using System.Text.Json;
using Npgsql;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connection = new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString("Dialoogtafels")
    ?? throw new InvalidOperationException("ConnectionStrings:Dialoogtafels is not set"));
// Prepared statements (as PostGraphile uses them): Npgsql prepares a statement after its second use.
if (connection.MaxAutoPrepare == 0) connection.MaxAutoPrepare = 20;
// No connection reset when a connection returns to the pool: the API's default too
// (PersistenceServiceCollectionExtensions.WithConnectionDefaults), so the floor stays a floor.
connection.NoResetOnClose = true;
await using var dataSource = NpgsqlDataSource.Create(connection.ConnectionString);

var app = builder.Build();
app.MapPost("/graphql", async (HttpContext http) =>
{
    using var request = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
    var root = request.RootElement;
    var operation = root.TryGetProperty("operationName", out var op) && op.ValueKind == JsonValueKind.String ? op.GetString() : null;
    var variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v : default;

    var buffer = new ArrayBufferWriter<byte>(16 * 1024);
    await using (var json = new Utf8JsonWriter(buffer))
    {
        json.WriteStartObject();
        json.WritePropertyName("data");
        json.WriteStartObject();
        switch (operation)
        {
            case "Q1": await Queries.Q1(dataSource, json, http.RequestAborted); break;
            case "Q2": await Queries.Q2(dataSource, json, Text(variables, "theme"), Text(variables, "search"), http.RequestAborted); break;
            case "Q3": await Queries.Q3(dataSource, json, http.RequestAborted); break;
            case "Q4": await Queries.Q4(dataSource, json, Text(variables, "id"), http.RequestAborted); break;
            default:
                http.Response.StatusCode = 400;
                await http.Response.WriteAsync("operationName must be Q1, Q2, Q3 or Q4");
                return;
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    http.Response.ContentLength = buffer.WrittenCount;
    await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
});
app.Run();

static string Text(JsonElement variables, string name) =>
    variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        ? value.GetString()!
        : "";

/// <summary>The four reference queries, each one SQL statement.</summary>
internal static class Queries
{
    // Theme names of an idea / story: published themes, by key (as the API orders nested lists).
    private const string IdeaThemes =
        "array(select th.name from idea_themes it join themes th on th.id = it.theme_id " +
        "where it.idea_id = i.id and th.status = 'Published' order by th.id)";

    private const string Q1Sql = $"""
        select i.id, i.title, i.support_count, {IdeaThemes}, t.title
        from ideas i
        left join dialogue_tables t on t.id = i.table_id and t.status = 'Published'
        where i.status = 'Published'
        order by i.id
        limit 50
        """;

    // Page of 20 plus the total, in one statement: the window count runs before the limit. The theme
    // condition uses the key array ideas.theme_ids (src/Persistence/KeyArrays.cs), as our API does,
    // so that one GIN index answers search, theme and actor together.
    private const string Q2Template = $"""
        with page as (
            select i.id, i.title, i.support_count, i.proposed_actors, count(*) over () as total
            from ideas i
            where i.status = 'Published'
              and i.proposed_actors @> array[$2]
              /*search*/
              and i.dialogue_id = any (array(select d.id from dialogues d where d.track = $3 and d.status = 'Published'))
              and i.theme_ids && array(select th.id from themes th where th.slug = $1 and th.status = 'Published')
            order by i.support_count desc, i.id
            limit 20)
        select i.id, i.title, i.support_count, i.proposed_actors, i.total, {IdeaThemes}
        from page i
        order by i.support_count desc, i.id
        """;

    // The tsquery of the search text: the API's own dutch_search_query() when the database has it
    // (scripts/bench sets BENCH_SEARCH_TSQUERY=dutch_search_query then), else plainto_tsquery.
    private static readonly string SearchQuery =
        Environment.GetEnvironmentVariable("BENCH_SEARCH_TSQUERY") == "dutch_search_query"
            ? "dutch_search_query($4)"
            : "plainto_tsquery('dutch', $4)";

    // With a search text, and without one (scripts/bench with BENCH_Q2_SEARCH="").
    private static readonly string Q2Sql = Q2Template.Replace("/*search*/", $"and i.search_vector @@ {SearchQuery}");
    private static readonly string Q2SqlWithoutSearch = Q2Template.Replace("/*search*/", "");

    private const string Q3Sql = """
        select d.id, d.title, t.id, t.title, s.id, s.title,
               case when s.id is null then null else
                 array(select th.name from story_themes st join themes th on th.id = st.theme_id
                       where st.story_id = s.id and th.status = 'Published' order by th.id) end
        from (select id, title from dialogues where status = 'Published' order by id limit 10) d
        left join lateral (select id, title from dialogue_tables
                           where dialogue_id = d.id and status = 'Published' order by id limit 10) t on true
        left join lateral (select id, title from stories
                           where table_id = t.id and status = 'Published' order by id limit 10) s on true
        order by d.id, t.id, s.id
        """;

    private const string Q4Sql = """
        select id, title, description, support_count, proposed_actors
        from ideas where id = $1 and status = 'Published'
        """;

    public static async Task Q1(NpgsqlDataSource db, Utf8JsonWriter json, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Q1Sql);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        json.WritePropertyName("ideas");
        json.WriteStartObject();
        json.WritePropertyName("nodes");
        json.WriteStartArray();
        while (await r.ReadAsync(ct))
        {
            json.WriteStartObject();
            json.WriteString("id", GlobalId("Idea", r.GetInt32(0)));
            json.WriteString("title", r.GetString(1));
            json.WriteNumber("supportCount", r.GetInt32(2));
            WriteNames(json, "themes", r.GetFieldValue<string[]>(3));
            json.WritePropertyName("table");
            if (r.IsDBNull(4)) json.WriteNullValue();
            else
            {
                json.WriteStartObject();
                json.WriteString("title", r.GetString(4));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static async Task Q2(NpgsqlDataSource db, Utf8JsonWriter json, string theme, string search, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(search.Length > 0 ? Q2Sql : Q2SqlWithoutSearch);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = theme });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "Government" });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "Citizens" });
        if (search.Length > 0) cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = search });
        // The page is read first: the total arrives with every row (and is 0 without rows).
        var rows = new List<(int Id, string Title, int Support, string[] Actors, string[] Themes)>(20);
        long total = 0;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                total = r.GetInt64(4);
                rows.Add((r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetFieldValue<string[]>(3), r.GetFieldValue<string[]>(5)));
            }
        }

        json.WritePropertyName("ideas");
        json.WriteStartObject();
        json.WriteNumber("totalCount", total);
        json.WritePropertyName("nodes");
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("id", GlobalId("Idea", row.Id));
            json.WriteString("title", row.Title);
            json.WriteNumber("supportCount", row.Support);
            WriteActors(json, row.Actors);
            WriteNames(json, "themes", row.Themes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static async Task Q3(NpgsqlDataSource db, Utf8JsonWriter json, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(Q3Sql);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        json.WritePropertyName("dialogues");
        json.WriteStartObject();
        json.WritePropertyName("nodes");
        json.WriteStartArray();
        int? dialogue = null, table = null;
        // Rows come ordered by dialogue, table, story; open and close the nesting levels on key changes.
        while (await r.ReadAsync(ct))
        {
            var d = r.GetInt32(0);
            int? t = r.IsDBNull(2) ? null : r.GetInt32(2);
            if (d != dialogue)
            {
                if (table is not null) CloseTable(json);
                if (dialogue is not null) CloseDialogue(json);
                dialogue = d;
                table = null;
                json.WriteStartObject();
                json.WriteString("title", r.GetString(1));
                json.WritePropertyName("tables");
                json.WriteStartObject();
                json.WritePropertyName("nodes");
                json.WriteStartArray();
            }

            if (t is null) continue;
            if (t != table)
            {
                if (table is not null) CloseTable(json);
                table = t;
                json.WriteStartObject();
                json.WriteString("title", r.GetString(3));
                json.WritePropertyName("stories");
                json.WriteStartObject();
                json.WritePropertyName("nodes");
                json.WriteStartArray();
            }

            if (r.IsDBNull(4)) continue;
            json.WriteStartObject();
            json.WriteString("title", r.GetString(5));
            WriteNames(json, "themes", r.GetFieldValue<string[]>(6));
            json.WriteEndObject();
        }

        if (table is not null) CloseTable(json);
        if (dialogue is not null) CloseDialogue(json);
        json.WriteEndArray();
        json.WriteEndObject();

        static void CloseTable(Utf8JsonWriter json)
        {
            json.WriteEndArray(); // stories.nodes
            json.WriteEndObject(); // stories
            json.WriteEndObject(); // table
        }

        static void CloseDialogue(Utf8JsonWriter json)
        {
            json.WriteEndArray(); // tables.nodes
            json.WriteEndObject(); // tables
            json.WriteEndObject(); // dialogue
        }
    }

    public static async Task Q4(NpgsqlDataSource db, Utf8JsonWriter json, string id, CancellationToken ct)
    {
        json.WritePropertyName("node");
        if (!TryDecodeIdea(id, out var key))
        {
            json.WriteNullValue();
            return;
        }

        await using var cmd = db.CreateCommand(Q4Sql);
        cmd.Parameters.Add(new NpgsqlParameter<int> { TypedValue = key });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("id", GlobalId("Idea", r.GetInt32(0)));
        json.WriteString("title", r.GetString(1));
        if (r.IsDBNull(2)) json.WriteNull("description");
        else json.WriteString("description", r.GetString(2));
        json.WriteNumber("supportCount", r.GetInt32(3));
        WriteActors(json, r.GetFieldValue<string[]>(4));
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string property, string[] names)
    {
        json.WritePropertyName(property);
        json.WriteStartArray();
        foreach (var name in names)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Stored enum names (C# member names) → GraphQL enum values.
    private static void WriteActors(Utf8JsonWriter json, string[] actors)
    {
        json.WritePropertyName("proposedActors");
        json.WriteStartArray();
        foreach (var actor in actors)
        {
            json.WriteStringValue(actor switch
            {
                "Society" => "SOCIETY",
                "Government" => "GOVERNMENT",
                "CivilSociety" => "CIVIL_SOCIETY",
                _ => actor.ToUpperInvariant(),
            });
        }

        json.WriteEndArray();
    }

    private static string GlobalId(string type, int key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    private static bool TryDecodeIdea(string id, out int key)
    {
        key = 0;
        Span<byte> bytes = stackalloc byte[64];
        if (id.Length > 80 || !Convert.TryFromBase64String(id, bytes, out var written)) return false;
        var text = Encoding.UTF8.GetString(bytes[..written]);
        return text.StartsWith("Idea:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(5), out key);
    }
}
