using Dialoogtafels.Domain.Cms;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.ParticipantGroups;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence;

/// <summary>
/// The EF Core unit of work over the PostgreSQL database. Tables and columns are snake_case; enums
/// are stored as their C# names (text). Entity mappings live in <c>Configurations/</c>, one class per
/// entity. On save it sets <see cref="ContentEntity.CreatedAt"/> and <see cref="ContentEntity.EditedAt"/>
/// and counts <see cref="ContentEntity.EditVersion"/> up, and — when the save changes anything the
/// public can read (any member but <see cref="ContentEntity.CmsOnlyMembers"/>) — sets
/// <see cref="ContentEntity.UpdatedAt"/> and counts <see cref="ContentEntity.Version"/> up. A write that
/// changes public content without changing one of its columns (links, a publish that applies only
/// links) marks <see cref="ContentEntity.UpdatedAt"/> modified. A save whose rows changed meanwhile
/// fails with <see cref="DbUpdateConcurrencyException"/>.
/// </summary>
public class DialoogtafelsDbContext(DbContextOptions<DialoogtafelsDbContext> options) : DbContext(options)
{
    /// <summary>Name of the shadow <c>tsvector</c> column (text-search configuration <c>dutch</c>) on stories and ideas.</summary>
    public const string SearchVectorProperty = "SearchVector";

    public DbSet<Dialogue> Dialogues => Set<Dialogue>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<Table> Tables => Set<Table>();

    public DbSet<ParticipantGroup> ParticipantGroups => Set<ParticipantGroup>();

    public DbSet<TableParticipantGroup> TableParticipantGroups => Set<TableParticipantGroup>();

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<Idea> Ideas => Set<Idea>();

    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<StoryTheme> StoryThemes => Set<StoryTheme>();

    public DbSet<IdeaTheme> IdeaThemes => Set<IdeaTheme>();

    public DbSet<TableTheme> TableThemes => Set<TableTheme>();

    public DbSet<IdeaStory> IdeaStories => Set<IdeaStory>();

    public DbSet<ThemeAlias> ThemeAliases => Set<ThemeAlias>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    /// <summary>The <c>Idempotency-Key</c>s of mutation requests and their stored responses (table <c>idempotency_records</c>).</summary>
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DialoogtafelsDbContext).Assembly);
        SearchFunctions.Map(modelBuilder);
        WindowFunctions.Map(modelBuilder);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTimestamps();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTimestamps();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampTimestamps()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var entry in ChangeTracker.Entries<ContentEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
                entry.Entity.EditedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                if (entry.Properties.Any(p => p.IsModified && !ContentEntity.CmsOnlyMembers.Contains(p.Metadata.Name)))
                {
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                }

                entry.Entity.EditedAt = now;
                entry.Entity.EditVersion = entry.Property(e => e.EditVersion).OriginalValue + 1;
            }
        }
    }
}
