using Dialoogtafels.Persistence;

namespace Dialoogtafels.Api.Hosting;

/// <summary>Connects the host to PostgreSQL.</summary>
public static class PersistenceHostingExtensions
{
    /// <summary>
    /// Registers the database from the connection string <c>ConnectionStrings:Dialoogtafels</c>.
    /// Throws <see cref="InvalidOperationException"/> at start-up when it is missing.
    /// </summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(PersistenceServiceCollectionExtensions.ConnectionStringName)
            ?? throw new InvalidOperationException("Connection string 'ConnectionStrings:Dialoogtafels' is missing.");
        builder.Services.AddDialoogtafelsPersistence(connectionString);
        return builder;
    }
}
