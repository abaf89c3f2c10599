// The value module's public surface: the goals a customer sets and the progress made toward them.
// Other modules, routers, jobs, app and scripts import from here; reaching into the files behind it is a lint error.
export { createGoal, createGoalInput } from "./goals/create-goal";
export { listGoals } from "./goals/list-goals";
export { updateGoalInput, updateGoalProgress } from "./goals/update-goal-progress";
export { editGoalInput, goalIdInput } from "./goals/goal-input";
export { abandonGoal, deleteGoal, editGoal } from "./goals/manage-goal";
