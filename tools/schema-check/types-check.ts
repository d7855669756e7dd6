// Compiled by `tsc` in .ci/run against the generated declarations (target/ssd-generated/typescript/ssd.ts):
// rows type-check, and a wrong code or a missing key column does not.
import type { Person, SsdTables } from "../../target/ssd-generated/typescript/ssd";

const child: Person = { pers_person_id: "C1", pers_sex: "F", pers_dob: "2015-03-14" };
const rows: SsdTables["ssd_person"][] = [child];

// @ts-expect-error "X" is not a code of the sex code set
const wrongCode: Person = { pers_person_id: "C2", pers_sex: "X" };
// @ts-expect-error the primary key is required
const noKey: Person = { pers_sex: "M" };

export { rows, wrongCode, noKey };
