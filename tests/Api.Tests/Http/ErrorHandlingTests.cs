using System.Net;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>Unexpected resolver exceptions: no details outside Development, details in Development.</summary>
public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task Outside_development_the_exception_is_hidden()
    {
        await using var host = await GraphQLTestHost.StartAsync("Production");

        var response = await host.CreateClient().PostAsync(new { query = "{ boom }" });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret detail", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Unexpected Execution Error", body.FirstErrorMessage());
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", body.FirstErrorCode());
    }

    [Fact]
    public async Task In_development_the_exception_details_are_exposed()
    {
        await using var host = await GraphQLTestHost.StartAsync("Development");

        var response = await host.CreateClient().PostAsync(new { query = "{ boom }" });

        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Contains("secret detail", error.GetProperty("extensions").GetProperty("details").GetString());
        Assert.Equal("INVALID_OPERATION", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
