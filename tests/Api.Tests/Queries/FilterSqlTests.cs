using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Queries;

/// <summary>Every operator runs in PostgreSQL: the translated SQL holds the operator, and client input is a parameter.</summary>
public class FilterSqlTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("title: { eq: \"Abc\" }", "ILIKE")]
    [InlineData("title: { neq: \"Abc\" }", "i.title NOT ILIKE")]
    [InlineData("title: { contains: \"b\" }", "ILIKE")]
    [InlineData("title: { ncontains: \"b\" }", "i.title NOT ILIKE")]
    [InlineData("title: { startsWith: \"b\" }", "ILIKE")]
    [InlineData("title: { nstartsWith: \"b\" }", "i.title NOT ILIKE")]
    [InlineData("title: { endsWith: \"b\" }", "ILIKE")]
    [InlineData("title: { nendsWith: \"b\" }", "i.title NOT ILIKE")]
    [InlineData("title: { in: [\"a\", \"b\"] }", "lower(i.title) = ANY")]
    [InlineData("title: { nin: [\"a\", \"b\"] }", "lower(i.title) = ANY")]
    [InlineData("isParaphrase: { eq: true }", "i.is_paraphrase")]
    [InlineData("isParaphrase: { neq: true }", "i.is_paraphrase")]
    [InlineData("supportCount: { eq: 3 }", "i.support_count =")]
    [InlineData("supportCount: { neq: 3 }", "i.support_count <>")]
    [InlineData("supportCount: { in: [1, 2] }", "i.support_count = ANY")]
    [InlineData("supportCount: { nin: [1, 2] }", "i.support_count = ANY")]
    [InlineData("supportCount: { gt: 3 }", "i.support_count >")]
    [InlineData("supportCount: { ngt: 3 }", "i.support_count <=")]
    [InlineData("supportCount: { gte: 3 }", "i.support_count >=")]
    [InlineData("supportCount: { ngte: 3 }", "i.support_count <")]
    [InlineData("supportCount: { lt: 3 }", "i.support_count <")]
    [InlineData("supportCount: { nlt: 3 }", "i.support_count >=")]
    [InlineData("supportCount: { lte: 3 }", "i.support_count <=")]
    [InlineData("supportCount: { nlte: 3 }", "i.support_count >")]
    [InlineData("createdAt: { gt: \"2021-01-01T00:00:00Z\" }", "i.created_at >")]
    [InlineData("costEstimate: { eq: null }", "i.cost_estimate IS NULL")]
    [InlineData("costEstimate: { neq: null }", "i.cost_estimate IS NOT NULL")]
    [InlineData("source: { eq: IMPORT }", "i.source =")]
    [InlineData("source: { in: [IMPORT, TABLE] }", "i.source = ANY")]
    [InlineData("proposedActors: { some: { eq: GOVERNMENT } }", "i.proposed_actors @> ARRAY")]
    [InlineData("proposedActors: { all: { eq: GOVERNMENT } }", "proposed_actors")]
    [InlineData("proposedActors: { none: { eq: GOVERNMENT } }", "NOT (i.proposed_actors @> ARRAY")]
    [InlineData("proposedActors: { any: true }", "cardinality(i.proposed_actors) > 0")]
    [InlineData("or: [{ supportCount: { eq: 1 } }, { supportCount: { eq: 2 } }]", " OR ")]
    [InlineData("and: [{ supportCount: { gt: 1 } }, { supportCount: { lt: 2 } }]", " AND ")]
    public async Task Translates_to_SQL(string where, string expected)
    {
        await api.DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        await api.DataAsync($"{{ ideas(where: {{ {where} }}) {{ nodes {{ title }} }} }}");
        var sql = Assert.Single(counter.Statements);
        Assert.Contains(expected, sql);
        Assert.DoesNotContain("'x'", sql); // client values are parameters, never inlined
    }

    [Theory]
    [InlineData("some: { name: { eq: \"x\" } }", "t.name ILIKE", "i.theme_ids && @")]
    [InlineData("none: { name: { eq: \"x\" } }", "t.name ILIKE", "NOT (i.theme_ids && @")]
    [InlineData("all: { name: { eq: \"x\" } }", "t.name NOT ILIKE", "NOT (i.theme_ids && @")]
    [InlineData("any: true", "FROM themes", "i.theme_ids && @")]
    [InlineData("any: false", "FROM themes", "NOT (i.theme_ids && @")]
    public async Task Theme_filters_test_the_key_array_against_the_keys_of_the_matching_themes(string where, string keys, string expected)
    {
        // themes: { some/none/all/any } read the keys of the visible themes that match (all: that do
        // not match), then test the key array ideas.theme_ids (KeyArrays) with &&, which the GIN
        // index ix_ideas_search answers together with the search and the proposed actors.
        await api.DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        await api.DataAsync($"{{ ideas(where: {{ themes: {{ {where} }} }}) {{ nodes {{ title }} }} }}");
        var statements = counter.Statements;
        Assert.Equal(2, statements.Count);
        Assert.True(statements[0].Contains(keys), statements[0]);
        Assert.Contains("status = 'Published'", statements[0]); // only visible themes count
        Assert.Contains(expected, statements[1]);
        Assert.DoesNotContain("idea_themes", statements[1]);
        Assert.All(statements, sql => Assert.DoesNotContain("'x'", sql));
    }

    [Fact]
    public async Task The_key_sets_of_one_filter_are_read_in_one_statement()
    {
        await api.DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        await api.DataAsync("""{ ideas(where: { dialogue: { track: { eq: CITIZENS } }, themes: { some: { slug: { eq: "x" } } } }) { nodes { title } } }""");
        var statements = counter.Statements;
        Assert.Equal(2, statements.Count);
        Assert.Contains("UNION ALL", statements[0]);
        Assert.Contains("FROM dialogues", statements[0]);
        Assert.Contains("FROM themes", statements[0]);
    }

    [Theory]
    [InlineData("dialogue: { track: { eq: CITIZENS } }", "d.track =", 1)]
    [InlineData("table: { dialogue: { title: { eq: \"x\" } } }", "ILIKE", 2)]
    public async Task Reference_filters_read_the_keys_of_the_matching_targets_first(string where, string expected, int keySets)
    {
        // The join PostgreSQL plans badly next to other semi-joins (see ReferenceKeys) is replaced by
        // the foreign key = ANY(keys of the visible targets that match).
        await api.DataAsync("{ __typename }");
        using var counter = new SqlStatementCounter(api.Database.Name);
        await api.DataAsync($"{{ ideas(where: {{ {where} }}) {{ nodes {{ title }} }} }}");
        var statements = counter.Statements;
        Assert.Equal(keySets + 1, statements.Count);
        Assert.Contains(expected, statements[0]);
        Assert.Contains("status = 'Published'", statements[0]); // only visible targets count
        Assert.Matches(@"i\.\w+_id = ANY \(@", statements[^1]);
        Assert.DoesNotContain("JOIN", statements[^1]);
        Assert.All(statements, sql => Assert.DoesNotContain("'x'", sql));
    }

    [Fact]
    public async Task Wildcards_and_backslashes_in_input_match_literally()
    {
        await using (var db = api.Database.CreateContext())
        {
            var dialogue = new Domain.Dialogues.Dialogue { Title = "Wildcards", Slug = "wildcards", Status = Domain.Common.PublicationStatus.Published };
            foreach (var title in new[] { "100% groen", "100 procent groen", "a_b", "axb", @"c:\pad", "c:pad" })
                db.Add(new Domain.Ideas.Idea { Dialogue = dialogue, Title = title, Status = Domain.Common.PublicationStatus.Published });
            await db.SaveChangesAsync();
        }

        async Task<int> Count(string contains) =>
            (await api.DataAsync("query($c: String) { ideas(where: { title: { contains: $c } }) { totalCount } }",
                new global::GraphQL.Inputs(new Dictionary<string, object?> { ["c"] = contains })))["ideas"]!["totalCount"]!.GetValue<int>();

        Assert.Equal(1, await Count("0%"));
        Assert.Equal(1, await Count("a_b"));
        Assert.Equal(1, await Count(@":\p"));
        Assert.Equal(2, await Count("GROEN"));
    }
}
