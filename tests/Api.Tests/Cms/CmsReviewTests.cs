using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Support;

namespace Dialoogtafels.Api.Tests.Cms;

/// <summary>Review requests: editors submit drafts, publishers find them and publishing ends the review.</summary>
public class CmsReviewTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Editors_submit_drafts_for_review_and_publishing_ends_the_review()
    {
        var id = await CreateIdeaAsync("Ter beoordeling");
        var submitted = await Mutate("submitForReviewIdea", $$"""mutation { submitForReviewIdea(input: { id: "{{id}}", expectedVersion: 1 }) { idea { reviewRequestedAt version } {{Errors}} } }""");
        Assert.NotNull(submitted["idea"]!["reviewRequestedAt"]);

        var queue = await Api.PostAsync("{ ideas(where: { reviewRequestedAt: { neq: null } }) { nodes { title } } }", role: Role.Publisher);
        Assert.Contains("Ter beoordeling", queue.ToJsonString());
        var anonymous = await Api.PostAsync("{ ideas(where: { reviewRequestedAt: { neq: null } }) { totalCount } }");
        Assert.Equal(Authorization.NotAuthenticated, anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var published = await Mutate("publishIdea", $$"""mutation { publishIdea(input: { id: "{{id}}", expectedVersion: 2 }) { idea { reviewRequestedAt status } {{Errors}} } }""", role: Role.Publisher);
        Assert.Null(published["idea"]!["reviewRequestedAt"]);
        var nothingToReview = await Mutate("submitForReviewIdea", $$"""mutation { submitForReviewIdea(input: { id: "{{id}}", expectedVersion: 3 }) { {{Errors}} } }""");
        Assert.Equal(["ValidationError"], ErrorTypes(nothingToReview));
    }
}
