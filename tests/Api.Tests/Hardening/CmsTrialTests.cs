using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Api.Tests.Cms;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Themes;
using Microsoft.IdentityModel.Tokens;

namespace Dialoogtafels.Api.Tests.Hardening;

/// <summary>Bugs a tester found by trying to break the CMS and the statistics; each test failed before its fix.</summary>
public class CmsTrialTests(ApiFactory api) : CmsTestBase(api), IClassFixture<ApiFactory>
{
    private string TokenWithRole(string role) => new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
        DialoogAuthenticationOptions.DevelopmentIssuer, "dialoogtafels",
        [new Claim(Roles.ActorClaimType, "mallory"), new Claim(Roles.ClaimType, role)],
        DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10),
        new SigningCredentials(DevelopmentTokens.Key(ApiFactory.SigningKey), SecurityAlgorithms.HmacSha256)));

    [Theory]
    [InlineData("Editor,Publisher")]
    [InlineData("3")]
    [InlineData(" ADMIN")]
    [InlineData("admin")]
    public async Task Only_exact_role_names_count(string role)
    {
        using var client = Api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ auditLog { totalCount } }" }) };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TokenWithRole(role));
        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains(Authorization.NotAuthenticated, body);
        Assert.DoesNotContain("totalCount\":", body);
    }

    [Fact]
    public async Task The_audit_log_shows_the_changed_fields()
    {
        var id = await CreateIdeaAsync("Veldenlijst");
        await Mutate("updateIdea", $$"""mutation { updateIdea(input: { id: "{{id}}", expectedVersion: 1, title: "Veldenlijst 2" }) { {{Errors}} } }""");
        var log = await Api.PostAsync("""{ auditLog(last: 1, where: { operation: { eq: "update" } }) { nodes { changedFields } } }""", role: Role.Admin);
        Assert.Equal(["title"], log["data"]!["auditLog"]!["nodes"]![0]!["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Theory]
    [InlineData("supportCount: { eq: null }", 0)]
    [InlineData("source: { eq: null }", 0)]
    [InlineData("isParaphrase: { eq: null }", 0)]
    [InlineData("proposedActors: { some: { eq: null } }", 0)]
    [InlineData("source: { in: [null] }", 0)]
    [InlineData("supportCount: { in: [null] }", 0)]
    public async Task Null_on_a_field_that_cannot_be_null_matches_nothing(string where, int expected)
    {
        var response = await Api.PostAsync($"{{ ideas(where: {{ {where} }}) {{ totalCount }} }}");
        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Equal(expected, response["data"]!["ideas"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Links_to_draft_themes_do_not_roll_up_into_public_statistics()
    {
        await using (var db = Api.Database.CreateContext())
        {
            var parent = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsTracking(db.Themes).Single(t => t.Slug == "gezondheid");
            var draft = new Theme { Name = "Conceptthema", Slug = "conceptthema-statistiek", Parent = parent };
            db.Add(draft);
            await db.SaveChangesAsync();
            var idea = db.Ideas.First(i => i.Status == PublicationStatus.Published);
            db.Add(new IdeaTheme { IdeaId = idea.Id, ThemeId = draft.Id });
            await db.SaveChangesAsync();
        }

        var statistics = await Api.PostAsync("{ ideaStatistics(by: [THEME]) { count keys { label } } }");
        var ideasOnHealth = await Api.PostAsync("{ ideas(where: { themes: { some: { slug: { eq: \"gezondheid\" } } } }) { totalCount } }");
        var cell = statistics["data"]!["ideaStatistics"]!.AsArray().FirstOrDefault(c => c!["keys"]![0]!["label"]!.GetValue<string>() == "Gezondheid");
        Assert.Equal(ideasOnHealth["data"]!["ideas"]!["totalCount"]!.GetValue<int>(), cell?["count"]!.GetValue<int>() ?? 0);
    }

    [Fact]
    public async Task Seeded_text_and_a_replaced_public_version_stay_in_the_revisions()
    {
        var seeded = (await Api.DataAsync("{ ideas(first: 1, where: { title: { eq: \"We moeten het samen doen\" } }) { nodes { id version } } }"))["ideas"]!["nodes"]![0]!;
        var id = seeded["id"]!.GetValue<string>();
        var version = seeded["version"]!.GetValue<int>();
        await Mutate("updateIdea", $$"""mutation { updateIdea(input: { id: "{{id}}", expectedVersion: {{version}}, title: "Samen doen, herschreven" }) { {{Errors}} } }""");
        await Mutate("unpublishIdea", $$"""mutation { unpublishIdea(input: { id: "{{id}}", expectedVersion: {{version + 1}} }) { {{Errors}} } }""", role: Role.Publisher);
        var revisions = (await Api.PostAsync($$"""{ node(id: "{{id}}") { ... on Idea { title revisions { operation content } } } }""", role: Role.Editor))["data"]!["node"]!;
        Assert.Equal("Samen doen, herschreven", revisions["title"]!.GetValue<string>());
        var operations = revisions["revisions"]!.AsArray().Select(r => r!["operation"]!.GetValue<string>()).ToArray();
        Assert.Contains("original", operations);
        Assert.Contains("replacedPublished", operations);
        Assert.All(revisions["revisions"]!.AsArray().Where(r => r!["operation"]!.GetValue<string>() != "update"),
            r => Assert.Contains("We moeten het samen doen", r!["content"]!.GetValue<string>()));
    }
}
