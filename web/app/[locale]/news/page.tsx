import { newsList } from './list';

export const generateMetadata = newsList.unfiltered.generateMetadata;
export default newsList.unfiltered.Page;
