// Written by `npm run train:check-worthiness` with weights.json; do not edit by hand.
// Kept apart from the weights so settings and pages can read it without loading the model.

/** Score at or above which a sentence is suggested as check-worthy; chosen on dev.tsv by the training script. */
export const CHECK_WORTHY_THRESHOLD = 0.325152;
