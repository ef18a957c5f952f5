// Mappings people saved in the import wizard, shared by everyone who imports. The name is what
// they pick from, so it is unique.
CREATE CONSTRAINT import_mapping_id IF NOT EXISTS FOR (m:ImportMapping) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT import_mapping_name IF NOT EXISTS FOR (m:ImportMapping) REQUIRE m.name IS UNIQUE;
