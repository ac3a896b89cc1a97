using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Dialoogtafels.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> create the context without the API host. Reads the connection string from
/// the environment variable <c>ConnectionStrings__Dialoogtafels</c>, else the local default.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DialoogtafelsDbContext>
{
    public DialoogtafelsDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Dialoogtafels")
            ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=dialoogtafels";
        var options = new DbContextOptionsBuilder<DialoogtafelsDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, new NpgsqlDataSourceBuilder(connectionString).Build());
        return new DialoogtafelsDbContext(options.Options);
    }
}
