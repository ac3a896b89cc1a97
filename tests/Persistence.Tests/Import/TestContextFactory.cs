using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Import;

/// <summary>An <see cref="IDbContextFactory{TContext}"/> over a test class's own database.</summary>
internal sealed class TestContextFactory(TestDatabase database) : IDbContextFactory<DialoogtafelsDbContext>
{
    public DialoogtafelsDbContext CreateDbContext() => database.CreateContext();
}
