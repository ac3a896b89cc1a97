using Dialoogtafels.Domain.Cms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.EntityType).HasMaxLength(60);
        builder.Property(x => x.Operation).HasMaxLength(40);
        builder.Property(x => x.Actor).HasMaxLength(200);
        builder.Property(x => x.Role).HasMaxLength(20);
        builder.HasIndex(x => new { x.EntityType, x.EntityId });
        builder.HasIndex(x => x.At);
        builder.HasIndex(x => x.Actor);
    }
}
