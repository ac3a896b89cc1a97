using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dialoogtafels.Api.Tests.Support;

/// <summary>The API host on a database of the caller's choice, as it is: not migrated, not seeded, maybe not there.</summary>
public class DatabaseApi(string connectionString) : WebApplicationFactory<Program>
{
    /// <summary>A database nobody answers for: port 9 (discard) on loopback, where nothing listens, so connecting fails at once.</summary>
    public const string Unreachable = "Host=127.0.0.1;Port=9;Username=postgres;Database=none;Timeout=2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Dialoogtafels", connectionString);
        builder.UseSetting("Authentication:SigningKey", ApiFactory.SigningKey);
        builder.UseSetting("RateLimiting:Enabled", "false");
    }
}
