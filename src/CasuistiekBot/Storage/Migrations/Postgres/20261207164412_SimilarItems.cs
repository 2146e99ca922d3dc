using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SimilarItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "thread_links",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    from_kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    from_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    to_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_thread_links", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "thread_prompts",
                columns: table => new
                {
                    casus_id = table.Column<Guid>(type: "uuid", nullable: false),
                    prompted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_thread_prompts", x => x.casus_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_thread_links_from_to",
                table: "thread_links",
                columns: new[] { "from_id", "to_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_thread_links_to",
                table: "thread_links",
                column: "to_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "thread_links");

            migrationBuilder.DropTable(
                name: "thread_prompts");
        }
    }
}
