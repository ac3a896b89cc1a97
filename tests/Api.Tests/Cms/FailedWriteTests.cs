using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>A write that PostgreSQL refuses leaves nothing behind: no half-written change, and no pooled connection that fails the next request.</summary>
public class FailedWriteTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_cost_estimate_beyond_its_column_is_a_validation_error()
    {
        var dialogue = (await Api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }"))["dialogue"]!["id"]!.GetValue<string>();
        const string create = "mutation($d: ID!, $c: Decimal) { createIdea(input: { dialogueId: $d, title: \"Te duur\", source: TABLE, costEstimate: $c }) { idea { id } errors { __typename ... on ValidationError { path message } } } }";

        foreach (var (cost, message) in new[] { (1_000_000_000_000m, "`costEstimate` must be at most 999999999999.99."), (1.005m, "`costEstimate` may have at most 2 decimals.") })
        {
            var payload = await Mutate("createIdea", create, new { d = dialogue, c = cost }, Role.Publisher);
            Assert.Null(payload["idea"]);
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal("ValidationError", (string?)error["__typename"]);
            Assert.Equal(message, (string?)error["message"]);
        }

        var edge = await Mutate("createIdea", create, new { d = dialogue, c = 999_999_999_999.99m }, Role.Publisher);
        Assert.NotNull(edge["idea"]);
    }

    [Fact]
    public async Task A_refused_write_does_not_break_the_next_writes()
    {
        var dialogue = (await Api.DataAsync("{ dialogue(slug: \"verkenningsdialogen-burgers\") { id } }"))["dialogue"]!["id"]!.GetValue<string>();
        const string create = "mutation($d: ID!, $c: Decimal) { createIdea(input: { dialogueId: $d, title: \"Kosten\", source: TABLE, costEstimate: $c }) { idea { id } " + Errors + " } }";

        for (var round = 0; round < 3; round++)
        {
            var refused = await Api.PostAsync(create, new { d = dialogue, c = 1_000_000_000_000_000m }, Role.Publisher);
            Assert.Null(refused["errors"]);
            Assert.Equal(["ValidationError"], ErrorTypes(refused["data"]!["createIdea"]!));
            for (var i = 0; i < 3; i++)
            {
                var created = await Mutate("createIdea", create, new { d = dialogue, c = 1.5m }, Role.Publisher);
                Assert.Empty(ErrorTypes(created));
            }
        }
    }
}
