using System.Net;
using System.Text.RegularExpressions;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>
/// Banana Cake Pop at /graphql/, served from the npm package that <c>npm ci --prefix src/Api/Ide</c>
/// installs (the test script runs it before the tests). Without it these tests fail with the 503
/// message that says so.
/// </summary>
public sealed partial class IdeTests(GraphQLTestHostFixture fixture) : IClassFixture<GraphQLTestHostFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task A_browser_at_the_endpoint_is_sent_to_the_ide()
    {
        var response = await _client.GetAsync("/graphql", BrowserAccept);

        await response.AssertStatusAsync(HttpStatusCode.Redirect);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_ide_page_is_the_packages_index_html()
    {
        var response = await _client.GetAsync("/graphql/", BrowserAccept);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(PackageFolder, "index.html")), html);
        Assert.Contains("<title>Banana Cake Pop</title>", html);
    }

    [Fact]
    public async Task The_ide_scripts_and_licence_are_served_unmodified()
    {
        var page = await _client.GetAsync("/graphql/", BrowserAccept);
        await page.AssertStatusAsync(HttpStatusCode.OK);
        var script = ScriptSource().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;

        var js = await _client.GetAsync("/graphql/" + script, accept: null);
        var licence = await _client.GetAsync("/graphql/LICENSE", accept: null);

        await js.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/javascript", js.MediaType());
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(PackageFolder, script)), await js.Content.ReadAsByteArrayAsync());
        await licence.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/plain", licence.MediaType());
        Assert.Contains("ChilliCream License 1.0", await licence.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_ide_configuration_points_at_the_endpoint_with_telemetry_off()
    {
        var response = await _client.GetAsync("/graphql/bcp-config.json", accept: null);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var config = await response.ReadJsonAsync();
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.TryGetProperty("gaTrackingId", out _));
    }

    [Theory]
    [InlineData("/graphql/does-not-exist.js")]
    [InlineData("/graphql/..%2F..%2Fpackage.json")]
    [InlineData("/graphql/static/../../package.json")]
    public async Task Unknown_or_outside_files_are_404(string path)
    {
        var response = await _client.GetAsync(path, accept: null);

        await response.AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_missing_package_is_503_saying_how_to_install_it()
    {
        var empty = Directory.CreateTempSubdirectory("no-ide-").FullName;
        await using var host = await GraphQLTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Ide:Path"] = empty });

        var response = await host.CreateClient().GetAsync("/graphql", BrowserAccept);

        await response.AssertStatusAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("npm ci --prefix src/Api/Ide", await response.Content.ReadAsStringAsync());
    }

    private static string PackageFolder =>
        Path.Combine(RepositoryPaths.ApiProject, "Ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide");

    [GeneratedRegex("<script defer=\"defer\" src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
