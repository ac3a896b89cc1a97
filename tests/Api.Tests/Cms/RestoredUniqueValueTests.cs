using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>
/// Content that the input checks do not see — a restored revision, a published draft — can repeat a unique value
/// such as a slug; that is a ValidationError on the slug and nothing is written (found by a newcomer: it was an
/// unexpected execution error, a unique violation in PostgreSQL).
/// </summary>
public class RestoredUniqueValueTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Restoring_a_slug_that_another_theme_took_since_is_a_validation_error()
    {
        var theme = await CreateThemeAsync("Herstel", "herstel-een");
        var renamed = await Mutate("updateTheme", "mutation($id: ID!) { updateTheme(input: { id: $id, expectedVersion: 1, slug: \"herstel-twee\" }) { theme { version } " + Errors + " } }",
            new { id = theme }, Role.Publisher);
        Assert.Empty(ErrorTypes(renamed));
        await CreateThemeAsync("Ander", "herstel-een");

        var restored = await Mutate("restoreRevision", "mutation($id: ID!) { restoreRevision(input: { id: $id, expectedVersion: 2, revision: 1 }) { node { id } errors { __typename ... on ValidationError { path message } } } }",
            new { id = theme }, Role.Publisher);

        Assert.Null(restored["node"]);
        var error = Assert.Single(restored["errors"]!.AsArray())!;
        Assert.Equal("ValidationError", (string?)error["__typename"]);
        Assert.Equal(["input", "slug"], error["path"]!.AsArray().Select(p => (string?)p));
        var now = (await Api.PostAsync("query($id: ID!) { node(id: $id) { ... on Theme { slug version } } }", new { id = theme }, Role.Publisher))["data"]!["node"]!;
        Assert.Equal("herstel-twee", (string?)now["slug"]);
        Assert.Equal(2, now["version"]!.GetValue<int>());
    }
}
