using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>The API with a standby nobody answers for (<see cref="DatabaseApi.Unreachable"/>) as <see cref="DatabaseServers.Reads"/>: every read on it fails at once.</summary>
public sealed class UnreachableStandbyApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var primary = new NpgsqlDataSourceBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults(Database.ConnectionString)).Build();
            services.AddSingleton(new DatabaseServers(primary, new NpgsqlDataSourceBuilder(DatabaseApi.Unreachable).Build()));
            services.AddSingleton(primary);
        });
    }
}
