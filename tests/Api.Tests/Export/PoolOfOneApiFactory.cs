using Microsoft.AspNetCore.Hosting;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// <see cref="OpenDataApiFactory"/> with one pooled connection (<c>Maximum Pool Size=1</c>): every request
/// uses the same PostgreSQL connection, so a request that leaves it broken fails the next one.
/// </summary>
public class PoolOfOneApiFactory : OpenDataApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Dialoogtafels", Database.ConnectionString + ";Maximum Pool Size=1");
    }
}
