using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Persistence;
using Dialoogtafels.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// The API with a "standby" that is told apart by its data: a copy of the seeded database
/// (<c>CREATE DATABASE … TEMPLATE</c>) in which the dialogue <see cref="Slug"/> is called <see cref="StandbyTitle"/>
/// and every idea's title ends in <see cref="StandbyMark"/>, registered as <see cref="DatabaseServers.Reads"/>.
/// A request that reads those values was routed to the standby; one that reads the seed's was routed to the
/// primary. (A real streaming standby, with Npgsql's multi-host data source: <c>scripts/cluster</c>.)
/// </summary>
public sealed class StandbyApiFactory : ApiFactory
{
    /// <summary>The dialogue whose title differs on the standby.</summary>
    public const string Slug = "verkenningsdialogen-burgers";

    /// <summary>Its title on the standby.</summary>
    public const string StandbyTitle = "Gelezen van de standby";

    /// <summary>What every idea's title ends in on the standby.</summary>
    public const string StandbyMark = " (standby)";

    /// <summary>The standby's database.</summary>
    public string StandbyName { get; } = "t_" + Guid.NewGuid().ToString("N")[..16];

    private NpgsqlDataSource? primary;
    private NpgsqlDataSource? reads;
    private NpgsqlDataSource? standby;

    /// <summary>Runs <paramref name="sql"/> on the standby's database and returns the first column of the first row.</summary>
    public async Task<object?> StandbyScalarAsync(string sql)
    {
        await using var command = standby!.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            primary = new NpgsqlDataSourceBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults(Database.ConnectionString)).Build();
            reads = new NpgsqlDataSourceBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults(PostgresServer.For(StandbyName))).Build();
            services.AddSingleton(new DatabaseServers(primary, reads));
            services.AddSingleton(primary);
        });
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await PostgresServer.ExecuteAsync($"CREATE DATABASE \"{StandbyName}\" TEMPLATE \"{Database.Name}\"");
        standby = new NpgsqlDataSourceBuilder(PostgresServer.For(StandbyName)).Build();
        await StandbyScalarAsync($"UPDATE dialogues SET title = '{StandbyTitle}' WHERE slug = '{Slug}'");
        await StandbyScalarAsync($"UPDATE ideas SET title = title || '{StandbyMark}'");
    }

    protected override async Task DisposeDatabasesAsync()
    {
        if (primary is not null) await primary.DisposeAsync();
        if (reads is not null) await reads.DisposeAsync();
        if (standby is not null) await standby.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{StandbyName}\" WITH (FORCE)");
        await base.DisposeDatabasesAsync();
    }
}
