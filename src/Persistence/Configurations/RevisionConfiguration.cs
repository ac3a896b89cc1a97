using Dialoogtafels.Domain.Cms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.EntityType).HasMaxLength(60);
        builder.Property(x => x.Operation).HasMaxLength(40);
        builder.Property(x => x.Actor).HasMaxLength(200);
        builder.Property(x => x.Role).HasMaxLength(20);
        builder.Property(x => x.Content).HasColumnType("jsonb");
        builder.HasIndex(x => new { x.EntityType, x.EntityId, x.Number }).IsUnique();
    }
}
