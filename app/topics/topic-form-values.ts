// The topic form's fields as typed, shared by the form and its server actions.
export const topicFormFields = ["title", "description", "measure", "unit"] as const;
export type TopicFormValues = Record<(typeof topicFormFields)[number], string>;
export const emptyTopicForm: TopicFormValues = { title: "", description: "", measure: "", unit: "" };
